import { describe, expect, it } from 'vitest'
import { formItems } from '../../src/model/extract/items.js'
import { findItem } from '../../src/model/match.js'
import { nameKey, planKey } from '../../src/model/names.js'
import type { StatusClaim } from '../../src/model/types.js'

function claim(name: string, line: number, parent?: string): StatusClaim {
  return {
    name, key: nameKey(name).key, status: 'done', raw: '', source: 'heading', sectionPath: [],
    ...(parent ? { parent } : {}), span: { line, column: 1, endLine: line, endColumn: 2 },
  }
}

/** Whether two names end up as one item when they are the only two claims. */
const meet = (a: string, b: string) => formItems([claim(a, 1), claim(b, 2)]).length === 1

describe('item matching', () => {
  it.each([
    ['Prometheus Metrics Collection', 'Prometheus Metrics'],
    ['Structured JSON Logging', 'Structured Logging'],
    ['Database Performance Views', 'Database Views'],
    ['Zero-Downtime Deployment Strategy', 'Zero-Downtime Deploy'],
    ['API Gateway Layer', 'API Gateway'],
    ['Output Layer Generator', 'Output Layer'],
    ['2FA Authentication', '2fa authentication'],
    ['Grafana Dashboards', 'Grafana Dashboard'],
    ['GET /api/v1/members/bookings?page&limit&status', 'GET /api/v1/members/bookings'],
  ])('%s meets %s', (a, b) => {
    expect(meet(a, b)).toBe(true)
  })

  it.each([
    ['Health checks', 'Advanced health check implementations'],
    ['API Gateway', 'API Documentation'],
    ['Monitoring system', 'System health monitoring'],
    ['Audit Logging', 'Audit Trail'],
    ['Full disaster recovery', 'Disaster recovery'],
    ['Login Page', 'Logout Page'],
    ['Docker Configuration', 'Docker/Kubernetes'],
    ['GET /api/v1/members/bookings?page', 'GET /api/v1/members/payments'],
    ['Ready? Login page', 'Ready? Signup page'],
  ])('%s does not meet %s', (a, b) => {
    expect(meet(a, b)).toBe(false)
  })

  it('among claims, a one-word name only meets a name that adds filler words to it', () => {
    expect(formItems([claim('Security', 1), claim('Security Infrastructure', 2)])).toHaveLength(1)
    expect(formItems([claim('Storage', 1), claim('Storage Quotas', 2)])).toHaveLength(2)
    expect(formItems([claim('Security', 1), claim('Security Monitoring', 2), claim('Security Tests', 3)])).toHaveLength(3)
  })

  it('a one-word plan entry or reference finds the one item that contains it', () => {
    const items = formItems([claim('Grafana Dashboards', 1), claim('Prometheus Metrics', 2)])
    expect(findItem(nameKey('Grafana').key, items)?.name).toBe('Grafana Dashboards')
    expect(findItem(nameKey('Dashboards').key, formItems([claim('Grafana Dashboards', 1), claim('Kibana Dashboards', 2)]))).toBeUndefined()
  })

  it('a name that matches several longer names joins none of them', () => {
    expect(formItems([claim('Database Views', 1), claim('Database Performance Views', 2), claim('Database Reporting Views', 3)])).toHaveLength(3)
  })

  it('entries of one checklist only meet by equal names', () => {
    const items = formItems([claim('Security tests', 1, 'test'), claim('Security penetration testing', 2, 'test'), claim('Unit tests', 3, 'test'), claim('Unit tests', 4, 'test')])
    expect(items.map((i) => i.claims.length)).toEqual([1, 1, 2])
  })

  it('equal names under different parents stay apart', () => {
    expect(formItems([claim('Health checks', 1, 'docker'), claim('Health checks', 2, 'restore')])).toHaveLength(2)
  })

  it('keeps the most complete spelling as the item name', () => {
    expect(formItems([claim('Prometheus Metrics', 1), claim('Prometheus Metrics Collection', 2)])[0]!.name).toBe('Prometheus Metrics Collection')
  })
})

describe('nameKey and planKey', () => {
  it('drops emoji, markup and status words, and stems', () => {
    expect(nameKey('**Deployment** ✅ complete').key).toBe(nameKey('deploy').key)
  })
  it('keeps numbers, which tell items apart', () => {
    expect(nameKey('MVP-3').key).not.toBe(nameKey('MVP-4').key)
    expect(nameKey('Phase 1').key).not.toBe(nameKey('Phase 2').key)
  })
  it('drops a leading verb of intent from plan entries but keeps nouns', () => {
    expect(planKey('Setup Prometheus Metrics').key).toBe(nameKey('Prometheus Metrics').key)
    expect(planKey('Deployment basics').key).toBe(nameKey('Deployment basics').key)
  })
})

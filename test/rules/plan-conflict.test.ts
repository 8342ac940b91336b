import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('plan-conflict')

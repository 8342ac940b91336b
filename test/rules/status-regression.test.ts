import { historyRuleCases } from '../helpers/history-rule-cases.js'

historyRuleCases('status-regression')

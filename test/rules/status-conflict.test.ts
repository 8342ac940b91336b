import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('status-conflict')

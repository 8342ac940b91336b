import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('date-conflict')

import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('count-mismatch')

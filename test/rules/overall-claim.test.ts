import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('overall-claim')

export { gpcSignal, heldByGpc } from './gpc'

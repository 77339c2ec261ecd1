export type { DetectFeelingsOptions } from './detectFeelings'
export { detectFeelings } from './detectFeelings'
export type { FeelingInfo } from './FEELINGS'
export { FEELINGS } from './FEELINGS'

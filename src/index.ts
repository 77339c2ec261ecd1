export * from './types'
export * from './text'

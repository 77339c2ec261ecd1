export * from './types'
export * from './text'
export * from './detect'
export * from './loyalty'

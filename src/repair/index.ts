export type { BuildRepairPlanInput, DroppedOption, PlannedOption, RepairOption, RepairPlan, RepairPolicy, RepairTimeline } from './buildRepairPlan'
export { buildRepairPlan, tryBuildRepairPlan } from './buildRepairPlan'
export type { Priority } from './inferPriority'
export { inferPriority } from './inferPriority'

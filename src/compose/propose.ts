import type { RepairPlan } from '../repair/buildRepairPlan'
import type { Milestone } from '../types/core'
import type { ComposeOptions } from './reflect'
import { renderWith } from './reflect'

/**
 * What {@link propose} offers: the options of a repair plan, or one next step with its checkpoint.
 *
 * @example
 * const input: ProposeInput = { nextStep: { what: 'check with the courier', by: '2026-11-20T21:00:00Z' } }
 *
 * @category Compose
 */
export type ProposeInput = {
  /** A plan from `buildRepairPlan`. */
  plan?: RepairPlan
  /** Or the next step: `what` reads after "I'll" ("check with the courier"), `by` is the checkpoint. */
  nextStep?: Milestone
}

/**
 * A part of a proposal.
 *
 * @example
 * const part: ProposalPart = { kind: 'ask', text: 'Which of these works best for you?' }
 *
 * @category Compose
 */
export type ProposalPart = {
  /** What the part does. */
  kind: 'options' | 'ask' | 'next-step'
  /** Its text. */
  text: string
}

/**
 * The way forward, with ownership and a checkpoint.
 *
 * @example
 * const proposal: Proposal = { text: "I'll check with the courier, and I'll update you by 3:00 PM on Friday.", parts: [] }
 *
 * @category Compose
 */
export type Proposal = {
  /** The whole proposal. */
  text: string
  /** Its parts, in order. */
  parts: ProposalPart[]
}

/**
 * Proposes the path forward: the options of a repair plan, each with its trade-off, and the
 * question that hands the choice back; or one next step owned by the agent with the time of the
 * next update. In email the options are a list; in chat and SMS they are numbered in a line; on
 * the phone they are spoken one by one. A public social reply never lists options: it invites the
 * customer to a private channel.
 *
 * @param input - {@link ProposeInput}.
 * @param options - {@link ComposeOptions}.
 * @returns The {@link Proposal}, or `null` when there is nothing to propose.
 *
 * @example
 * propose({ nextStep: { what: 'check with the courier', by: '2026-11-20T21:00:00Z' } }, { timeZone: 'America/Chicago' })?.text
 * //=> "I'll check with the courier, and I'll update you by 3:00 PM on Friday."
 *
 * @category Compose
 */
export function propose(input: ProposeInput, options: ComposeOptions = {}): Proposal | null {
  const channel = options.channel ?? 'email'
  const parts: ProposalPart[] = []
  if (channel === 'social') {
    if (!input.plan && !input.nextStep) return null
    parts.push({ kind: 'next-step', text: renderWith(options, 'propose.move-private', {}) })
  } else if (input.plan && input.plan.options.length > 0) {
    const plan = input.plan
    if (plan.hasChoice) {
      // Two SMS segments have no room for trade-offs: the labels, and the customer replies to choose.
      const lines = plan.options.map((o) => (channel === 'sms' ? o.label : renderWith(options, 'propose.option', { label: o.label, tradeoff: o.tradeoff })))
      const list =
        channel === 'email' ? lines.map((line) => `- ${line}`).join('\n') : channel === 'phone' ? lines.join(' ') : `${lines.map((line, k) => `${k + 1}) ${line}`).join('; ')}.`
      parts.push({ kind: 'options', text: channel === 'email' ? `${plan.intro}\n${list}` : `${plan.intro} ${list}` })
      parts.push({ kind: 'ask', text: plan.question })
    } else {
      // One credible option: said plainly, as the next step, with the question whether it works.
      parts.push({ kind: 'next-step', text: plan.intro })
      parts.push({ kind: 'ask', text: plan.question })
    }
  } else if (input.nextStep) {
    parts.push({ kind: 'next-step', text: renderWith(options, 'propose.next-step', { what: input.nextStep.what, by: input.nextStep.by }) })
  } else {
    return null
  }
  const separator = channel === 'email' ? '\n\n' : ' '
  return { text: parts.map((p) => p.text).join(separator), parts }
}

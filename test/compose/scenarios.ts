import { buildRepairPlan, composeReply } from '../../src'
import type { Channel, Pack, Reply } from '../../src'
import { NOW, SPANISH, scenarios } from '../fixtures/scenarios'
import type { Scenario } from '../fixtures/scenarios'

export const CHANNELS: Channel[] = ['chat', 'email', 'phone', 'social', 'sms']

/** Composes a scenario in a channel and pack, building its repair plan when it has options. */
export function composeScenario(scenario: Scenario, channel: Channel, pack?: Pack): Reply {
  const { input, options } = pack?.locale.startsWith('es') ? inSpanish(scenario) : scenario
  const plan = options ? buildRepairPlan({ now: NOW, options, ...(input.message ? { message: input.message } : {}), ...(pack ? { pack } : {}), channel, timeZone: 'America/Chicago' }) : undefined
  // A scenario with repair options offers the plan; its next step is the fallback without one.
  const { nextStep, ...rest } = input
  return composeReply({ ...rest, ...(plan ? { plan } : nextStep ? { nextStep } : {}), channel, now: NOW, seed: scenario.id, timeZone: 'America/Chicago', ...(pack ? { pack } : {}) })
}

export { scenarios }

const say = (text: string): string => SPANISH[text] ?? text

/** The scenario with what the business supplies said in Spanish, as a Spanish-speaking caller would pass it. */
function inSpanish(scenario: Scenario): Scenario {
  const { input, options } = scenario
  const { customer, agent, nextStep } = input
  return {
    ...scenario,
    input: {
      ...input,
      ...(customer?.promises ? { customer: { ...customer, promises: customer.promises.map((p) => ({ ...p, what: say(p.what) })) } } : {}),
      ...(agent?.team ? { agent: { ...agent, team: say(agent.team) } } : {}),
      ...(nextStep ? { nextStep: { ...nextStep, what: say(nextStep.what) } } : {}),
    },
    ...(options ? { options: options.map((o) => ({ ...o, label: say(o.label), ...(o.description ? { description: say(o.description) } : {}) })) } : {}),
  }
}

import { expect, it } from 'vitest'

it('exports exactly the public API, nothing leaked and nothing lost', async () => {
  expect(Object.keys(await import('../src')).sort()).toMatchInlineSnapshot(`
    [
      "AttuneError",
      "CHANNEL_LIMITS",
      "FEELINGS",
      "RECIPES",
      "acknowledge",
      "buildRepairPlan",
      "closureNote",
      "composeReply",
      "definePack",
      "detectFeelings",
      "extendPack",
      "formatFinding",
      "inferPriority",
      "isAttuneError",
      "lintReply",
      "normalize",
      "propose",
      "readConversation",
      "redact",
      "reflect",
      "reframe",
      "renderMessage",
      "scoreLoyalty",
      "scoreReply",
      "splitSentences",
      "tokenize",
      "trendLoyalty",
      "tryAcknowledge",
      "tryBuildRepairPlan",
      "tryClosureNote",
      "tryComposeReply",
      "validatePack",
    ]
  `)
})

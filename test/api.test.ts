import { expect, it } from 'vitest'

it('exports exactly the public API, nothing leaked and nothing lost', async () => {
  expect(Object.keys(await import('../src')).sort()).toMatchInlineSnapshot(`
    [
      "AttuneError",
      "FEELINGS",
      "acknowledge",
      "buildRepairPlan",
      "closureNote",
      "definePack",
      "detectFeelings",
      "extendPack",
      "inferPriority",
      "isAttuneError",
      "normalize",
      "readConversation",
      "renderMessage",
      "scoreLoyalty",
      "splitSentences",
      "tokenize",
      "trendLoyalty",
      "tryAcknowledge",
      "tryBuildRepairPlan",
      "tryClosureNote",
      "validatePack",
    ]
  `)
})

import { expect, it } from 'vitest'

it('exports exactly the public API, nothing leaked and nothing lost', async () => {
  expect(Object.keys(await import('../src')).sort()).toMatchInlineSnapshot(`
    [
      "AttuneError",
      "FEELINGS",
      "definePack",
      "detectFeelings",
      "extendPack",
      "isAttuneError",
      "normalize",
      "readConversation",
      "renderMessage",
      "scoreLoyalty",
      "splitSentences",
      "tokenize",
      "trendLoyalty",
      "validatePack",
    ]
  `)
})

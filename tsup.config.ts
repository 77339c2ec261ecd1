import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
    'packs/en': 'src/packs/en/index.ts',
    'packs/es': 'src/packs/es/index.ts',
    'packs/fr': 'src/packs/fr/index.ts',
    'packs/de': 'src/packs/de/index.ts',
    'packs/pt-BR': 'src/packs/pt-BR/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  esbuildOptions(options) {
    // The internal fields of the scan, the compiled tables and the scorer get short names in the
    // build: they are read on every token, and their names were about 0.23 KB of the detectFeelings
    // bundle (min+gzip). Only names that no public type, option or result has are listed: the scan's
    // token kinds and entries are `kindAt` and `entryAt` for this, as `RedactOptions` has `kinds` and
    // `FeelingLexicon` has `entries`. The second group (the compiled cues' weights, the pair table's
    // lists, the scorer's scores, the scan's flags and marks ...) made 0.07 KB of room in December
    // 2026. test/dist.test.ts reads with the built files.
    options.mangleProps = /^(?:norms|starts|ends|hashes|hashed|atSign|spaceAt|emailFailUntil|wordBits|wordTopics|wordIntensity|wordPairs|wordCuesAlone|cuesAfter|valences|thresholdLogits|markPairs|numberFollowers|topicHits|mishaps|candidates|stated|denied|pushFound|byFeeling|slots|topical|emit|reset|kindAt|entryAt|weights|firsts|seconds|marks|stretched|reserve|scores|lines|flags|table|cues|lists|compiled|knownWords|checks|seen|off)$/
  },
})

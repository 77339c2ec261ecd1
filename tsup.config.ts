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
    // build: they are read on every token, and their names were about 0.2 KB of the detectFeelings
    // bundle (min+gzip). Only names that no public type, option or result has are listed (not
    // `kinds`, which RedactOptions has); a test builds the package and reads with it.
    options.mangleProps = /^(?:norms|starts|ends|hashes|hashed|atSign|spaceAt|emailFailUntil|wordBits|wordTopics|wordIntensity|wordPairs|wordCuesAlone|cuesAfter|valences|thresholdLogits|markPairs|numberFollowers|topicHits|mishaps|candidates|stated|denied|pushFound|byFeeling|slots|topical|emit|reset)$/
  },
})

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
})

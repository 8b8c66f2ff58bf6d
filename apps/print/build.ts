/**
 * Bundles the print server: our TypeScript (this app and the workspace packages) into one
 * ESM file with React's automatic JSX; npm packages stay external and load from node_modules.
 * `--watch` rebuilds on change (npm run dev).
 */
import { context, type Plugin } from 'esbuild'

const externalNpmPackages: Plugin = {
  name: 'external-npm-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@oneheart/') ? undefined : { path: args.path, external: true },
    )
  },
}

const ctx = await context({
  entryPoints: ['src/server.tsx'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'info',
  plugins: [externalNpmPackages],
})

if (process.argv.includes('--watch')) {
  await ctx.watch()
} else {
  await ctx.rebuild()
  await ctx.dispose()
}

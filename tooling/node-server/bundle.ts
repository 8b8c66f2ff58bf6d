/**
 * Bundles a Node server: our TypeScript (the app and the workspace packages) into one ESM file
 * with React's automatic JSX; npm packages stay external and load from node_modules (their JSON
 * data is inlined), so plain
 * `node` runs the result without a TypeScript loader in the request path. `--watch` on the
 * command line rebuilds on change (npm run dev).
 */
import { context, type Plugin } from 'esbuild'

const externalNpmPackages: Plugin = {
  name: 'external-npm-packages',
  setup(build) {
    // A package's JSON (such as its package.json, for its version) is data: it is inlined, as
    // Node would want an import attribute on an external JSON import that esbuild does not keep.
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@oneheart/') || args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
    )
  },
}

export async function bundleNodeServer(entry: string, outfile: string): Promise<void> {
  const ctx = await context({
    entryPoints: [entry],
    outfile,
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
}

/** Calls a tRPC caller's procedure named by its dotted path ('issues.list'), for table-driven tests and benchmarks. */
export function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const [router, procedure] = path.split('.') as [string, string]
  const procedures = (caller as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[router]
  const call = procedures?.[procedure]
  if (!call) throw new Error(`No procedure ${path}`)
  return call(input)
}

/** CSS modules, as Next compiles them in the CMS. */
declare module '*.module.css' {
  const classes: Record<string, string>
  export default classes
}

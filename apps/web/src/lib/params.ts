/** The first value of a query parameter, or undefined when it is missing or empty. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined

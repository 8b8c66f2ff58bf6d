import { ValidationError } from 'payload'
import { expect } from 'vitest'

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (error === null) throw new Error('expected the action to be refused, but it succeeded')
  return error
}

/** A Payload error's status and message (a validation error's field messages included), whatever class it is. */
export async function refusal(work: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = (await failureOf(work)) as { status?: number; message?: string; data?: { errors?: { message: string }[] } }
  const details = error.data?.errors?.map((e) => e.message).join(' ') ?? ''
  return { status: error.status ?? 0, message: `${error.message ?? ''} ${details}` }
}

/** The field messages of a refused save, which must be a validation error. */
export async function validationMessages(work: Promise<unknown>): Promise<string[]> {
  const error = await failureOf(work)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((issue) => issue.message)
}

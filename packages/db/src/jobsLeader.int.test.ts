import { serverEnv } from '@oneheart/env'
import { afterEach, describe, expect, it } from 'vitest'
import { JobsLeadership } from './jobsLeader.ts'

/** Two leaderships stand for two CMS instances on one database. */
describe('JobsLeadership on a real PostgreSQL', () => {
  const made: JobsLeadership[] = []
  const instance = () => {
    const leadership = new JobsLeadership(serverEnv().DATABASE_URL)
    made.push(leadership)
    return leadership
  }

  afterEach(async () => {
    await Promise.all(made.splice(0).map((leadership) => leadership.release()))
  })

  it('lets one instance run the jobs; another takes over once its connection ends', async () => {
    const first = instance()
    const second = instance()
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    await first.release()
    expect(await second.holds()).toBe(true)
    expect(await first.holds()).toBe(false)
  })

  it('answers the same to questions asked at once, with one lock taken', async () => {
    const only = instance()
    expect(await Promise.all([only.holds(), only.holds(), only.holds()])).toEqual([true, true, true])
    await only.release()
    expect(await instance().holds()).toBe(true)
  })
})

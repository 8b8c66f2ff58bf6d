/**
 * A file the importer cannot take, with the HTTP status a door answers and a reason in Japanese
 * for the person who sent it. Nothing has been written when one is thrown.
 */
export class ArchiveRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 413 | 415 | 422 | 429,
    readonly reason: string,
  ) {
    super(reason)
    this.name = 'ArchiveRefusal'
  }
}

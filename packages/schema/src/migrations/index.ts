import * as migration_20261122_162054_initial from './20261122_162054_initial';

export const migrations = [
  {
    up: migration_20261122_162054_initial.up,
    down: migration_20261122_162054_initial.down,
    name: '20261122_162054_initial'
  },
];

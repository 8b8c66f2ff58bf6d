import * as migration_20261122_162054_initial from './20261122_162054_initial'
import * as migration_20261122_173708_api_keys_and_editors from './20261122_173708_api_keys_and_editors'
import * as migration_20261122_174221_removals from './20261122_174221_removals'
import * as migration_20261122_183900_search_index from './20261122_183900_search_index'
import * as migration_20261122_211524_editorial_workflow from './20261122_211524_editorial_workflow'
import * as migration_20261122_214258_article_place from './20261122_214258_article_place'
import * as migration_20261130_091900_typed_dates from './20261130_091900_typed_dates'
import * as migration_20261130_093102_article_blocks from './20261130_093102_article_blocks'
import * as migration_20261130_094744_issue_notices from './20261130_094744_issue_notices'
import * as migration_20261130_112926_event_capacity_scope from './20261130_112926_event_capacity_scope'
import * as migration_20261130_113708_login_throttle_without_lockout from './20261130_113708_login_throttle_without_lockout'
import * as migration_20261130_141956_archive_source from './20261130_141956_archive_source'
import * as migration_20261130_213000_content_changes from './20261130_213000_content_changes'

export const migrations = [
  {
    up: migration_20261122_162054_initial.up,
    down: migration_20261122_162054_initial.down,
    name: '20261122_162054_initial',
  },
  {
    up: migration_20261122_173708_api_keys_and_editors.up,
    down: migration_20261122_173708_api_keys_and_editors.down,
    name: '20261122_173708_api_keys_and_editors',
  },
  {
    up: migration_20261122_174221_removals.up,
    down: migration_20261122_174221_removals.down,
    name: '20261122_174221_removals',
  },
  {
    up: migration_20261122_183900_search_index.up,
    down: migration_20261122_183900_search_index.down,
    name: '20261122_183900_search_index',
  },
  {
    up: migration_20261122_211524_editorial_workflow.up,
    down: migration_20261122_211524_editorial_workflow.down,
    name: '20261122_211524_editorial_workflow',
  },
  {
    up: migration_20261122_214258_article_place.up,
    down: migration_20261122_214258_article_place.down,
    name: '20261122_214258_article_place',
  },
  {
    up: migration_20261130_091900_typed_dates.up,
    down: migration_20261130_091900_typed_dates.down,
    name: '20261130_091900_typed_dates',
  },
  {
    up: migration_20261130_093102_article_blocks.up,
    down: migration_20261130_093102_article_blocks.down,
    name: '20261130_093102_article_blocks',
  },
  {
    up: migration_20261130_094744_issue_notices.up,
    down: migration_20261130_094744_issue_notices.down,
    name: '20261130_094744_issue_notices',
  },
  {
    up: migration_20261130_112926_event_capacity_scope.up,
    down: migration_20261130_112926_event_capacity_scope.down,
    name: '20261130_112926_event_capacity_scope',
  },
  {
    up: migration_20261130_113708_login_throttle_without_lockout.up,
    down: migration_20261130_113708_login_throttle_without_lockout.down,
    name: '20261130_113708_login_throttle_without_lockout',
  },
  {
    up: migration_20261130_141956_archive_source.up,
    down: migration_20261130_141956_archive_source.down,
    name: '20261130_141956_archive_source',
  },
  {
    up: migration_20261130_213000_content_changes.up,
    down: migration_20261130_213000_content_changes.down,
    name: '20261130_213000_content_changes',
  },
]

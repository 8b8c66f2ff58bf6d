import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { holdsJobsLock } from '@oneheart/db/jobs-leader'
import { type ServerEnv, serverEnv } from '@oneheart/env'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'
import { ARCHIVE_IMPORT_CARD, ARCHIVE_IMPORT_NAV_LINK, archiveImportView } from './admin/archiveImport.ts'
import { adminTranslations } from './admin/translations.ts'
import { withSessionCookies } from './auth/sessionCookies.ts'
import { Activities, ApiKeys, Articles, Councils, createMedia, Districts, Events, Issues, Meetings, Removals, Users } from './collections/index.ts'
import { withCommitsThatFail } from './db/commitsThatFail.ts'
import { reportDroppedConnections } from './db/droppedConnections.ts'
import { Newsletter } from './globals/Newsletter.ts'
import { answerClientErrors } from './hooks/clientErrors.ts'
import { showPublicErrors } from './hooks/publicErrors.ts'
import { SafeLinksFeature } from './links/safeLinksFeature.ts'

// Exported beside the config: whoever migrates needs both.
export { migrations } from './migrations/index.ts'

const here = path.dirname(fileURLToPath(import.meta.url))

export interface OneHeartConfigOptions {
  /** Where the admin's import map lives (the CMS app); only the CLI's generate:importmap reads it. */
  importMapBaseDir?: string
  env?: ServerEnv
}

function storagePlugins(env: ServerEnv): Plugin[] {
  if (!env.S3_BUCKET) return []
  // With S3 configured no app keeps files on its own disk, so any instance can serve any request.
  return [
    s3Storage({
      collections: { media: true },
      bucket: env.S3_BUCKET,
      config: {
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        forcePathStyle: Boolean(env.S3_ENDPOINT),
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
      },
    }),
  ]
}

/** The one Payload config every app and script uses. */
export function createPayloadConfig(options: OneHeartConfigOptions = {}) {
  const env = options.env ?? serverEnv()
  return buildConfig({
    secret: env.PAYLOAD_SECRET,
    serverURL: env.CMS_URL,
    telemetry: false,
    admin: {
      user: Users.slug,
      // The default avatar is drawn locally; Gravatar would send requests off the machine.
      avatar: 'default',
      meta: { titleSuffix: ' | めざせ！ワンハート 管理画面' },
      importMap: options.importMapBaseDir ? { baseDir: options.importMapBaseDir } : undefined,
      // Compact dates in lists and headers as Japanese offices write them; read-only dates in
      // forms are shown in full with the era by their own components.
      dateFormat: 'yyyy/MM/dd HH:mm',
      components: {
        beforeDashboard: ['@oneheart/admin/dashboard/NewIssueCard#NewIssueCard', ARCHIVE_IMPORT_CARD, '@oneheart/admin/ReviewQueue#ReviewQueue'],
        afterNavLinks: [ARCHIVE_IMPORT_NAV_LINK],
        views: { archiveImport: archiveImportView },
        graphics: { Logo: '@oneheart/admin/brand/LoginLogo#LoginLogo', Icon: '@oneheart/admin/brand/NavIcon#NavIcon' },
        afterLogin: ['@oneheart/admin/brand/AccountHelp#AccountHelp'],
        providers: ['@oneheart/admin/editor/AccessibleAdmin#AccessibleAdmin'],
      },
    },
    i18n: { supportedLanguages: { ja, en }, fallbackLanguage: 'ja', translations: adminTranslations },
    collections: [
      Issues,
      Articles,
      Councils,
      Districts,
      Activities,
      Events,
      Meetings,
      createMedia(env.MEDIA_DIR),
      withSessionCookies(Users, env.CMS_URL),
      ApiKeys,
      Removals,
    ],
    globals: [Newsletter],
    hooks: { afterError: [showPublicErrors, answerClientErrors] },
    onInit: reportDroppedConnections,
    jobs: {
      // Scheduled publishing (Payload's schedulePublish task) is checked every 5 seconds. Only a
      // process that asks getPayload for crons runs it: the CMS, never the site, print or scripts.
      autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 20 }],
      // With several CMS instances, one runs them: the holder of a PostgreSQL advisory lock.
      shouldAutoRun: () => holdsJobsLock(env.DATABASE_URL),
    },
    editor: lexicalEditor({ admin: { placeholder: 'ここに文章を書きます' }, features: ({ defaultFeatures }) => [...defaultFeatures, SafeLinksFeature()] }),
    db: withCommitsThatFail(
      postgresAdapter({
        pool: { connectionString: env.DATABASE_URL, max: 10 },
        // Schema changes go through committed migrations only, never drizzle's push.
        push: false,
        migrationDir: path.join(here, 'migrations'),
      }),
    ),
    sharp,
    plugins: storagePlugins(env),
    typescript: { outputFile: path.join(here, 'payload-types.ts'), autoGenerate: false },
    // No GraphQL: tRPC and REST carry every read and write, and a second query language would be
    // a second set of access paths, depth and cost limits to keep in step (issue 16).
    graphQL: { disable: true },
  })
}

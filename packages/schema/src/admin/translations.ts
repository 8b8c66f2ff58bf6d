import { ja } from '@payloadcms/translations/languages/ja'

type Groups = Record<string, Record<string, string>>

/**
 * Words Payload's Japanese leaves in English or in developer Japanese, as a coordinator says
 * them: 下書き (not ドラフト), no "<No …>", "Untitled" or "API Key" on screen.
 */
const WORDS: Groups = {
  general: {
    untitled: 'タイトル未入力',
    noLabel: '（{{label}}は未入力）',
    notFound: '見つかりません',
    nothingFound: '見つかりませんでした',
    true: 'はい',
    false: 'いいえ',
    payloadSettings: '管理画面の設定',
    newLabel: '新しい{{label}}',
    createNewLabel: '{{label}}を新しくつくる',
    editLabel: '{{label}}を編集',
  },
  authentication: {
    apiKey: 'APIキー',
    enableAPIKey: 'APIキーを使う',
    generateNewAPIKey: '新しいAPIキーをつくる',
    newAPIKeyGenerated: '新しいAPIキーをつくりました。',
  },
  fields: { labelRelationship: '{{label}}とのつながり' },
  version: { saveDraft: '下書き保存', publishChanges: '変更内容を公開' },
  lexical: {},
}

/** Every ドラフト in Payload's Japanese, said as 下書き. */
function draftAsShitagaki(groups: Groups): Groups {
  const out: Groups = {}
  for (const [group, words] of Object.entries(groups)) {
    for (const [key, text] of Object.entries(words)) {
      if (typeof text === 'string' && text.includes('ドラフト')) out[group] = { ...out[group], [key]: text.replaceAll('ドラフト', '下書き') }
    }
  }
  return out
}

function merge(...sources: Groups[]): Groups {
  const out: Groups = {}
  for (const source of sources) for (const [group, words] of Object.entries(source)) out[group] = { ...out[group], ...words }
  return out
}

export const adminTranslations = { ja: merge(draftAsShitagaki(ja.translations as unknown as Groups), WORDS) }

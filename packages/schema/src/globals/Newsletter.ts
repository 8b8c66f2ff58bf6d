import { label } from '@oneheart/contract'
import type { GlobalConfig } from 'payload'
import { anyone, staff } from '../access/index.ts'
import { phoneField } from '../fields/typed.ts'
import { revalidateSiteOnGlobalChange } from '../hooks/revalidateSite.ts'

/** What every issue carries: masthead, the coordinators' request box, and the footer. */
export const Newsletter: GlobalConfig = {
  slug: 'newsletter',
  label: label('SC通信の設定', 'Newsletter settings'),
  admin: { group: label('設定', 'Settings'), hideAPIURL: true },
  access: { read: anyone, update: staff },
  hooks: { afterChange: [revalidateSiteOnGlobalChange] },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'めざせ！ワンハート', label: label('題字', 'Title') },
    { name: 'subtitle', type: 'text', defaultValue: '高崎市生活支援コーディネーター通信', label: label('副題', 'Subtitle') },
    {
      name: 'requestBox',
      type: 'textarea',
      maxLength: 1000,
      label: label('コーディネーターへのご依頼（いつもの文面）', 'Request box (usual wording)'),
      admin: {
        description: label(
          '号ごとに文面を変えるときは、号の「この号のいつものお知らせ」に書きます。**ことば** と書くと太字になります。',
          'Each issue may word it its own way. **words** print bold.',
        ),
      },
    },
    {
      name: 'layersExplanation',
      type: 'textarea',
      maxLength: 2000,
      label: label('第1層・第2層・第3層の説明', 'Layers explained'),
      admin: { description: label('1段落に1つの層。', 'One paragraph a layer.') },
    },
    {
      // Drawn as a cycle beside the layers: the second-layer council's four functions.
      name: 'secondLayerFunctions',
      type: 'array',
      maxRows: 6,
      label: label('第2層協議体のはたらき（図の輪）', 'Second-layer council functions (the cycle)'),
      labels: { singular: label('はたらき', 'Function'), plural: label('はたらき', 'Functions') },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 40, label: label('短いことば', 'Short phrase') }],
    },
    {
      name: 'publisher',
      type: 'group',
      label: label('発行元', 'Publisher'),
      fields: [
        { name: 'name', type: 'text', defaultValue: '高崎市 生活支援コーディネーター（第1層）', label: label('発行元', 'Publisher') },
        {
          type: 'row',
          fields: [
            phoneField({ name: 'phone', ja: '電話番号', en: 'Phone' }),
            {
              name: 'department',
              type: 'text',
              maxLength: 60,
              label: label('電話の係（かっこ内に印刷）', 'Section answering the phone'),
              admin: { placeholder: '長寿社会課' },
            },
          ],
        },
        { name: 'cityPageUrl', type: 'text', label: label('市のページ', 'City page URL') },
        {
          name: 'cityPageTitle',
          type: 'text',
          maxLength: 80,
          label: label('市のページの名前', 'City page title'),
          admin: { placeholder: '生活支援体制整備事業' },
        },
      ],
    },
  ],
}

import type { GlobalConfig } from 'payload'
import { anyone, staff } from '../access/index.ts'
import { label } from '../labels.ts'
import { validateOptionalPhone } from '../validation.ts'

/** What every issue carries: masthead, the coordinators' request box, and the footer. */
export const Newsletter: GlobalConfig = {
  slug: 'newsletter',
  label: label('SC通信の設定', 'Newsletter settings'),
  admin: { group: label('設定', 'Settings') },
  access: { read: anyone, update: staff },
  fields: [
    { name: 'title', type: 'text', required: true, defaultValue: 'めざせ！ワンハート', label: label('題字', 'Title') },
    { name: 'subtitle', type: 'text', defaultValue: '高崎市生活支援コーディネーター通信', label: label('副題', 'Subtitle') },
    { name: 'requestBox', type: 'textarea', maxLength: 1000, label: label('コーディネーターへのご依頼', 'Request box') },
    { name: 'layersExplanation', type: 'textarea', maxLength: 2000, label: label('第1層・第2層・第3層の説明', 'Layers explained') },
    {
      name: 'publisher',
      type: 'group',
      label: label('発行元', 'Publisher'),
      fields: [
        { name: 'name', type: 'text', defaultValue: '高崎市 長寿社会課', label: label('発行元', 'Publisher') },
        { name: 'phone', type: 'text', validate: validateOptionalPhone, label: label('電話番号', 'Phone') },
        { name: 'cityPageUrl', type: 'text', label: label('市のページ', 'City page URL') },
      ],
    },
  ],
}

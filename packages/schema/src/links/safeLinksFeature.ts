import { unsafeLinksIn } from '@oneheart/contract'
import { createServerFeature } from '@payloadcms/richtext-lexical'
import { type FieldHook, ValidationError } from 'payload'

export const unsafeLinkMessage = (url: string) =>
  `リンク先「${url.length > 60 ? `${url.slice(0, 60)}…` : url}」は使えません。http:// か https:// で始まるアドレス、mailto:（メール）、tel:（電話）、またはサイト内のパス（/ で始まる）にしてください。`

/**
 * Refuses a rich text whose links lead anywhere but a web page, mail, a phone number or this
 * site. It is a field hook, not a validation, so a draft or autosave (which Payload does not
 * validate) cannot store such a link for previews and print either.
 */
const refuseUnsafeLinks: FieldHook = ({ value, path, req, collection, global, field }) => {
  const [first] = unsafeLinksIn(value)
  if (first === undefined) return value
  throw new ValidationError(
    {
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: path.join('.'), label: 'label' in field ? field.label || undefined : undefined, message: unsafeLinkMessage(first) }],
      req,
    },
    req.t,
  )
}

/** Every rich text field of the editor gets the check, so a new field cannot forget it. */
export const SafeLinksFeature = createServerFeature({
  key: 'safeLinks',
  feature: { hooks: { beforeChange: [refuseUnsafeLinks as never] } },
})

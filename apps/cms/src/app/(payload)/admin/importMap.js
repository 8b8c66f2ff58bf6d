import { TypedDateField as TypedDateField_6998366133887ec52a3bb928ec20b859 } from '@oneheart/admin/editor/TypedDateField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IssueChecklist as IssueChecklist_a4182cabc46376b96212dec8c4fafb58 } from '@oneheart/admin/issue/IssueChecklist'
import { PrintPreviewLinks as PrintPreviewLinks_8482173405132323741ad82f559c9dce } from '@oneheart/admin/issue/PrintPreviewLinks'
import { IssueArticleOrder as IssueArticleOrder_7454f1c1dc0bb571e2a44545d656dcf4 } from '@oneheart/admin/issue/IssueArticleOrder'
import { AdminsOnlyTextField as AdminsOnlyTextField_bc2d5af6c2aeaef7cacefcf09eace12b } from '@oneheart/admin/editor/AdminsOnlyTextField'
import { TitleFallback as TitleFallback_ce0677902ae0fbdc9b60cf845a0785ca } from '@oneheart/admin/editor/TitleFallback'
import { IssuePublishButton as IssuePublishButton_e7e986a6e981c59e62ee025e714a68a9 } from '@oneheart/admin/issue/IssuePublishButton'
import { PublishOrSubmit as PublishOrSubmit_47b6b078eccc51203b638eb58f535365 } from '@oneheart/admin/PublishOrSubmit'
import { NavIcon as NavIcon_bfd376ca053a545aeea981361d2944a5 } from '@oneheart/admin/brand/NavIcon'
import { LoginLogo as LoginLogo_74a0dc1d3384e313cc20fbf71caccca0 } from '@oneheart/admin/brand/LoginLogo'
import { AccountHelp as AccountHelp_54c05e33c529b7a27f72fdf7b446c358 } from '@oneheart/admin/brand/AccountHelp'
import { ArchiveImportNavLink as ArchiveImportNavLink_870bcc7aaaf33e6d9832ea546a532b68 } from '@oneheart/admin/archive/ArchiveImportNavLink'
import { NewIssueCard as NewIssueCard_654951549b421e8d79257fec225dcb3f } from '@oneheart/admin/dashboard/NewIssueCard'
import { ArchiveImportCard as ArchiveImportCard_0e54300080fb9537c6eb91979776653a } from '@oneheart/admin/archive/ArchiveImportCard'
import { ReviewQueue as ReviewQueue_bfc3a343ec0c6897088408e5ea1f2fa7 } from '@oneheart/admin/ReviewQueue'
import { AccessibleAdmin as AccessibleAdmin_437bf6f0e7604ecf015e7e8e6339e2cd } from '@oneheart/admin/editor/AccessibleAdmin'
import { ArchiveImportView as ArchiveImportView_833ba5070a85e0725294fe714b874259 } from '@oneheart/admin/archive/ArchiveImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@oneheart/admin/editor/TypedDateField#TypedDateField": TypedDateField_6998366133887ec52a3bb928ec20b859,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@oneheart/admin/issue/IssueChecklist#IssueChecklist": IssueChecklist_a4182cabc46376b96212dec8c4fafb58,
  "@oneheart/admin/issue/PrintPreviewLinks#PrintPreviewLinks": PrintPreviewLinks_8482173405132323741ad82f559c9dce,
  "@oneheart/admin/issue/IssueArticleOrder#IssueArticleOrder": IssueArticleOrder_7454f1c1dc0bb571e2a44545d656dcf4,
  "@oneheart/admin/editor/AdminsOnlyTextField#AdminsOnlyTextField": AdminsOnlyTextField_bc2d5af6c2aeaef7cacefcf09eace12b,
  "@oneheart/admin/editor/TitleFallback#TitleFallback": TitleFallback_ce0677902ae0fbdc9b60cf845a0785ca,
  "@oneheart/admin/issue/IssuePublishButton#IssuePublishButton": IssuePublishButton_e7e986a6e981c59e62ee025e714a68a9,
  "@oneheart/admin/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_47b6b078eccc51203b638eb58f535365,
  "@oneheart/admin/brand/NavIcon#NavIcon": NavIcon_bfd376ca053a545aeea981361d2944a5,
  "@oneheart/admin/brand/LoginLogo#LoginLogo": LoginLogo_74a0dc1d3384e313cc20fbf71caccca0,
  "@oneheart/admin/brand/AccountHelp#AccountHelp": AccountHelp_54c05e33c529b7a27f72fdf7b446c358,
  "@oneheart/admin/archive/ArchiveImportNavLink#ArchiveImportNavLink": ArchiveImportNavLink_870bcc7aaaf33e6d9832ea546a532b68,
  "@oneheart/admin/dashboard/NewIssueCard#NewIssueCard": NewIssueCard_654951549b421e8d79257fec225dcb3f,
  "@oneheart/admin/archive/ArchiveImportCard#ArchiveImportCard": ArchiveImportCard_0e54300080fb9537c6eb91979776653a,
  "@oneheart/admin/ReviewQueue#ReviewQueue": ReviewQueue_bfc3a343ec0c6897088408e5ea1f2fa7,
  "@oneheart/admin/editor/AccessibleAdmin#AccessibleAdmin": AccessibleAdmin_437bf6f0e7604ecf015e7e8e6339e2cd,
  "@oneheart/admin/archive/ArchiveImportView#ArchiveImportView": ArchiveImportView_833ba5070a85e0725294fe714b874259,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

import { TypedDateField as TypedDateField_f24c617f41305bf5716e2fcfbc8ca8f2 } from '../../../components/admin/TypedDateField'
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
import { IssueChecklist as IssueChecklist_067ac36a78497e83d5d9accce958d4db } from '../../../components/issue/IssueChecklist'
import { PrintPreviewLinks as PrintPreviewLinks_a8f2f0f3f674f77621bd0f958249b3b2 } from '../../../components/issue/PrintPreviewLinks'
import { IssueArticleOrder as IssueArticleOrder_a73aefa9f4ca1c79b65448bcf3e5f26e } from '../../../components/issue/IssueArticleOrder'
import { AdminsOnlyTextField as AdminsOnlyTextField_6089a0df1e5e505b5521c61e1b8b5f20 } from '../../../components/admin/AdminsOnlyTextField'
import { TitleFallback as TitleFallback_a231c2c79dd08efbabc9a215d5f1c40d } from '../../../components/admin/TitleFallback'
import { IssuePublishButton as IssuePublishButton_3124e33fa58e43fca92c40635a7e49d8 } from '../../../components/issue/IssuePublishButton'
import { PublishOrSubmit as PublishOrSubmit_2061fcc121a1ba7769518077d00ce38b } from '../../../components/PublishOrSubmit'
import { NavIcon as NavIcon_6c24b41656c0c6dc3649a7c7f7cbf6e6 } from '../../../components/brand/NavIcon'
import { LoginLogo as LoginLogo_c26445593bf8a2f4cfeab34d52655109 } from '../../../components/brand/LoginLogo'
import { AccountHelp as AccountHelp_7d5451e096bd6b803e37910639b52d5a } from '../../../components/brand/AccountHelp'
import { ArchiveImportNavLink as ArchiveImportNavLink_783d3085a15d3230528c1ff84c27a368 } from '../../../components/archive/ArchiveImportNavLink'
import { NewIssueCard as NewIssueCard_08aa58c027f30714a2832a9726f77257 } from '../../../components/dashboard/NewIssueCard'
import { ArchiveImportCard as ArchiveImportCard_bf5b28e59e580fa936e615c9692a517f } from '../../../components/archive/ArchiveImportCard'
import { ReviewQueue as ReviewQueue_0a3ae08271ef03452a037534f819af9a } from '../../../components/ReviewQueue'
import { AccessibleAdmin as AccessibleAdmin_f63c43f9a930bd9f16157d7a821b8a27 } from '../../../components/admin/AccessibleAdmin'
import { ArchiveImportView as ArchiveImportView_21f95d53d24eb8d10727632fb77d9812 } from '../../../components/archive/ArchiveImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/TypedDateField#TypedDateField": TypedDateField_f24c617f41305bf5716e2fcfbc8ca8f2,
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
  "/components/issue/IssueChecklist#IssueChecklist": IssueChecklist_067ac36a78497e83d5d9accce958d4db,
  "/components/issue/PrintPreviewLinks#PrintPreviewLinks": PrintPreviewLinks_a8f2f0f3f674f77621bd0f958249b3b2,
  "/components/issue/IssueArticleOrder#IssueArticleOrder": IssueArticleOrder_a73aefa9f4ca1c79b65448bcf3e5f26e,
  "/components/admin/AdminsOnlyTextField#AdminsOnlyTextField": AdminsOnlyTextField_6089a0df1e5e505b5521c61e1b8b5f20,
  "/components/admin/TitleFallback#TitleFallback": TitleFallback_a231c2c79dd08efbabc9a215d5f1c40d,
  "/components/issue/IssuePublishButton#IssuePublishButton": IssuePublishButton_3124e33fa58e43fca92c40635a7e49d8,
  "/components/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_2061fcc121a1ba7769518077d00ce38b,
  "/components/brand/NavIcon#NavIcon": NavIcon_6c24b41656c0c6dc3649a7c7f7cbf6e6,
  "/components/brand/LoginLogo#LoginLogo": LoginLogo_c26445593bf8a2f4cfeab34d52655109,
  "/components/brand/AccountHelp#AccountHelp": AccountHelp_7d5451e096bd6b803e37910639b52d5a,
  "/components/archive/ArchiveImportNavLink#ArchiveImportNavLink": ArchiveImportNavLink_783d3085a15d3230528c1ff84c27a368,
  "/components/dashboard/NewIssueCard#NewIssueCard": NewIssueCard_08aa58c027f30714a2832a9726f77257,
  "/components/archive/ArchiveImportCard#ArchiveImportCard": ArchiveImportCard_bf5b28e59e580fa936e615c9692a517f,
  "/components/ReviewQueue#ReviewQueue": ReviewQueue_0a3ae08271ef03452a037534f819af9a,
  "/components/admin/AccessibleAdmin#AccessibleAdmin": AccessibleAdmin_f63c43f9a930bd9f16157d7a821b8a27,
  "/components/archive/ArchiveImportView#ArchiveImportView": ArchiveImportView_21f95d53d24eb8d10727632fb77d9812,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

import fontPackage from '@fontsource/biz-udpgothic/package.json' with { type: 'json' }

/** Where build-fonts.ts puts the web font: a new version gets a new address, so it can be cached for a year. */
export const WEB_FONT_FOLDER = `fonts/biz-udpgothic-${fontPackage.version}`
export const WEB_FONT_STYLESHEET = `/${WEB_FONT_FOLDER}/400.css`
/** The id of the inline script that loads the font, where the site's server adds the page's font sample. */
export const WEB_FONT_LOADER_ID = 'web-font-loader'

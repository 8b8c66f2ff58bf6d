import { AFTER_FIRST_PAINT } from '~/lib/afterFirstPaint'
import { WEB_FONT_LOADER_ID, WEB_FONT_STYLESHEET } from '~/lib/webFont'

// Once the first contentful paint has happened, the font's stylesheet is added and the subsets
// this page's text needs are loaded; then data-font="web" on <html> switches the page to
// BIZ UDPGothic in one change (site.css). Swapping each subset as it arrived cost one layout of
// the whole page per subset, 30–40 of them on a phone. Which subsets: the site's server puts
// one character of each subset the page uses in data-font-sample (server/fontSample.ts), so
// the phone need not read the page's whole text for it (that cost a long task of its own);
// without it (`next dev`), the page's text is read. Client-side navigation keeps the document,
// the stylesheet and the attribute (React does not own it): the id guards a second add.
const LOAD_AFTER_FIRST_PAINT = `(function(){
var root=document.documentElement;
var script=document.currentScript;
var sample=script&&script.getAttribute('data-font-sample');
function use(){root.setAttribute('data-font','web')}
function add(){
if(document.getElementById('web-font'))return;
var link=document.createElement('link');link.id='web-font';link.rel='stylesheet';link.href=${JSON.stringify(WEB_FONT_STYLESHEET)};
link.onload=function(){if(!document.fonts||!document.fonts.load)return use();document.fonts.load('1em "BIZ UDPGothic"',sample||document.body.innerText).then(use,use)};
document.head.appendChild(link)}
${AFTER_FIRST_PAINT}
afterFirstPaint(add)
})()`

/**
 * The site's web font, kept out of the first paint: the page shows at once in the phone's own
 * Japanese font. Without JavaScript the stylesheet is linked and used as usual.
 */
export function WebFont() {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of our own; the site's server hashes it into the content policy */}
      <script id={WEB_FONT_LOADER_ID} dangerouslySetInnerHTML={{ __html: LOAD_AFTER_FIRST_PAINT }} />
      <noscript>
        <link rel="stylesheet" href={WEB_FONT_STYLESHEET} />
        <style>{`body { font-family: var(--web-font); font-feature-settings: normal; }`}</style>
      </noscript>
    </>
  )
}

import { WEB_FONT_LOADER_ID, WEB_FONT_STYLESHEET } from '~/lib/webFont'
import { InlineScript } from './InlineScript'

const STYLESHEET = JSON.stringify(WEB_FONT_STYLESHEET)
// Set once this browser has loaded the font; the stylesheet's address names the font's
// version, so a new version is loaded after the first paint again.
const LOADED_KEY = JSON.stringify('oneheart-web-font')
// Both scripts add the stylesheet as one element, by whose id the loader sees it is there.
const NEW_STYLESHEET_LINK = `var link=document.createElement('link');link.id='web-font';link.rel='stylesheet';link.href=${STYLESHEET};`

// On a first visit the font comes after the first contentful paint: the stylesheet is added,
// the subsets this page's text needs are loaded, then data-font="web" on <html> switches the
// page to BIZ UDPGothic in one change (site.css). Swapping each subset as it arrived cost one
// layout of the whole page per subset, 30–40 of them on a phone. Which subsets: the site's
// server puts one character of each subset the page uses in data-font-sample
// (server/fontSample.ts), so the phone need not read the page's whole text (a long task of its
// own); without it (`next dev`), the page's text is read. Waiting for the paint: the observer
// reports it; a browser without paint timing (Safari before 14.1) waits one frame.
const LOAD_AFTER_FIRST_PAINT = `(function(){
var root=document.documentElement;
var script=document.currentScript;
var sample=script&&script.getAttribute('data-font-sample');
function use(){root.setAttribute('data-font','web')}
function remember(){use();try{localStorage.setItem(${LOADED_KEY},${STYLESHEET})}catch(e){}}
function add(){
if(document.getElementById('web-font'))return;
${NEW_STYLESHEET_LINK}
link.onload=function(){if(!document.fonts||!document.fonts.load)return use();document.fonts.load('1em "BIZ UDPGothic"',sample||document.body.innerText).then(remember,use)};
document.head.appendChild(link)}
var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];
if(types.indexOf('paint')<0)return requestAnimationFrame(function(){setTimeout(add)});
new PerformanceObserver(function(list,observer){if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();setTimeout(add)}}).observe({type:'paint',buffered:true})
})()`

// Every later page is a new document (reader pages run without React in the browser): where
// the font has loaded before, and so sits in the browser's cache (a year, immutable), the
// stylesheet is added from <head> and holds the first paint (blocking="render"), so the page
// is drawn in BIZ UDPGothic from the start instead of switching fonts on every page.
const USE_IF_LOADED_BEFORE = `(function(){
try{if(localStorage.getItem(${LOADED_KEY})!==${STYLESHEET})return}catch(e){return}
${NEW_STYLESHEET_LINK}link.setAttribute('blocking','render');
document.head.appendChild(link);
document.documentElement.setAttribute('data-font','web')
})()`

/** In <head>: the web font at once, for a browser that has loaded it on an earlier page. */
export function WebFontIfLoadedBefore() {
  return <InlineScript source={USE_IF_LOADED_BEFORE} />
}

/**
 * The site's web font, kept out of a first visit's first paint: the page shows at once in the
 * phone's own Japanese font. Without JavaScript the stylesheet is linked and used as usual.
 */
export function WebFont() {
  return (
    <>
      <InlineScript id={WEB_FONT_LOADER_ID} source={LOAD_AFTER_FIRST_PAINT} />
      <noscript>
        <link rel="stylesheet" href={WEB_FONT_STYLESHEET} />
        <style>{`body { font-family: var(--web-font); font-feature-settings: normal; }`}</style>
      </noscript>
    </>
  )
}

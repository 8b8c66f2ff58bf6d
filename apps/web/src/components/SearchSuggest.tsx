import { InlineScript } from './InlineScript'

// Written inside the search form, after its <datalist>: fills the list with matching titles
// 250 ms after the reader stops typing; an answer that does not arrive is no loss.
const SUGGEST_TITLES = `(function(){
var form=document.currentScript.parentNode;
var input=form.querySelector('input[name=q]');
var list=form.querySelector('datalist');
if(!input||!list||!window.fetch)return;
input.setAttribute('list',list.id);
var timer,controller;
function show(titles){
list.textContent='';
for(var i=0;i<titles.length;i++){var option=document.createElement('option');option.value=titles[i];list.appendChild(option)}}
input.addEventListener('input',function(){
clearTimeout(timer);
var q=input.value.trim();
if(!q)return show([]);
timer=setTimeout(function(){
if(controller)controller.abort();
controller=window.AbortController?new AbortController():null;
fetch('/api/search/suggest?q='+encodeURIComponent(q),{signal:controller?controller.signal:undefined})
.then(function(response){return response.ok?response.json():null})
.then(function(answer){if(answer&&answer.suggestions)show(answer.suggestions)},function(){})},250)})})()`

/**
 * Search-as-you-type: the search box's <datalist>, filled with matching titles while the reader
 * types. Without JavaScript the box is a plain GET form, so nothing here is needed to search.
 */
export function SearchSuggest({ listId }: { listId: string }) {
  return (
    <>
      <datalist id={listId} />
      <InlineScript source={SUGGEST_TITLES} />
    </>
  )
}

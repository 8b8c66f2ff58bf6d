import { InlineScript } from './InlineScript'

// Shows the button where the browser can speak, and reads the text as written: readings over
// kanji are for the eye, and the page's own button and scripts are no part of the article.
const READ_ALOUD = `(function(){
var holder=document.currentScript.previousElementSibling;
var button=holder&&holder.querySelector('button');
var synth=window.speechSynthesis;
if(!button||!synth||!window.SpeechSynthesisUtterance)return;
var speaking=false;
function show(on){speaking=on;button.setAttribute('aria-pressed',on?'true':'false');button.textContent=on?'読み上げを止める':'この記事を読み上げる'}
button.addEventListener('click',function(){
if(speaking){synth.cancel();return show(false)}
var target=document.getElementById(button.getAttribute('data-target'));
if(!target)return;
var clone=target.cloneNode(true);
var skipped=clone.querySelectorAll('rt, rp, .read-aloud, script');
for(var i=0;i<skipped.length;i++)skipped[i].parentNode.removeChild(skipped[i]);
var utterance=new SpeechSynthesisUtterance(clone.textContent||'');
utterance.lang='ja-JP';utterance.rate=0.9;
utterance.onend=utterance.onerror=function(){show(false)};
synth.cancel();synth.speak(utterance);show(true)});
window.addEventListener('pagehide',function(){synth.cancel()});
holder.hidden=false})()`

/**
 * 読み上げ: reads the article aloud with the browser's own speech synthesis. Hidden until the
 * script has found that the browser has it; without JavaScript the button is never shown.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  return (
    <>
      <p className="read-aloud" hidden>
        <button type="button" aria-pressed="false" data-target={targetId}>
          この記事を読み上げる
        </button>
      </p>
      <InlineScript source={READ_ALOUD} />
    </>
  )
}

/**
 * Source text (ES5, for an inline script) of `afterFirstPaint(run)`: calls `run` once the page
 * has painted its first content, or after the first frame in a browser without paint timing
 * (Safari before 14.1). What a phone needs only after that (the web font) starts then, so it
 * neither stands between the HTML and the first paint nor competes with it for a slow
 * connection.
 */
export const AFTER_FIRST_PAINT = `function afterFirstPaint(run){
var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];
if(types.indexOf('paint')<0)return requestAnimationFrame(function(){setTimeout(run)});
new PerformanceObserver(function(list,observer){if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();setTimeout(run)}}).observe({type:'paint',buffered:true})}`

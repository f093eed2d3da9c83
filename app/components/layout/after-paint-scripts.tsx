import { Scripts } from "@remix-run/react";

/**
 * Remix's <Scripts/>, loaded after the browser has painted the page
 * (decision 010). Every page works without JavaScript, so the scripts need
 * not compete with the stylesheet and the HTML for a slow phone connection.
 *
 * On the server the scripts are rendered inside a <template>, where the
 * browser neither fetches nor runs them. A small inline script takes them out
 * after the first frame. It removes itself first, and the template last, so
 * that when React hydrates, the page holds exactly the elements <Scripts/>
 * renders on the client.
 */
export function AfterPaintScripts({ nonce }: { nonce?: string }) {
  if (typeof document !== "undefined") return <Scripts nonce={nonce} />;
  return (
    <>
      <template id={TEMPLATE_ID}>
        <Scripts nonce={nonce} />
      </template>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: LOADER }} />
    </>
  );
}

const TEMPLATE_ID = "bdl-scripts";

// The nodes go in a few at a time, in order, each batch its own short task:
// the browser starts a fetch for each <link rel="modulepreload"> as it is
// inserted, and all of them at once made one long task on a phone. The
// module script comes last, so nothing runs before all are in place.
//
// "After the first paint" means after the first contentful paint is on the
// screen, as the Paint Timing API reports it: a frame can be produced long
// before a busy device presents it, and scripts fetched in between still
// delay what the user sees. Without that API it is the first animation
// frame; a page that never reports a paint loads after five seconds. A hidden
// tab never paints: it starts at once.
const FALLBACK_MS = 5000;
const LOADER = `(function(template){
document.currentScript.remove();
var started=false;
function load(){
if(started)return;
started=true;
var nodes=Array.prototype.slice.call(document.importNode(template.content,true).childNodes);
(function batch(){
var start=performance.now();
while(nodes.length&&performance.now()-start<4)template.before(nodes.shift());
if(nodes.length)setTimeout(batch,0);else template.remove();
})();
}
function later(){setTimeout(load,0)}
if(document.visibilityState!=="visible")return load();
setTimeout(load,${FALLBACK_MS});
try{
if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){
var observer=new PerformanceObserver(function(list){
if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();later();}
});
observer.observe({type:"paint",buffered:true});
return;
}
}catch(error){}
requestAnimationFrame(later);
})(document.getElementById("${TEMPLATE_ID}"))`;

import { RichText } from '@oneheart/ui'

/** The parts every issue's page shows around its content, new issue or back issue alike. */

/** The coordinators' seasonal greeting, a paragraph per blank line. */
export function Greeting({ text }: { text: string }) {
  return (
    <section aria-labelledby="greeting" className="greeting">
      <h2 id="greeting">みなさまへ</h2>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="keep-lines">
          {paragraph}
        </p>
      ))}
    </section>
  )
}

/** The coordinators' request box as the issue words it, or the settings' wording. */
export function RequestBox({ data }: { data: unknown }) {
  return (
    <aside aria-labelledby="request-box" className="request-box">
      <h2 id="request-box">コーディネーターへのご依頼・ご相談</h2>
      <RichText data={data} />
    </aside>
  )
}

'use client'
import { Link, NavGroup } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/**
 * A link in Payload's side navigation that looks and behaves like the collections' links: in a
 * group of its own, marked when it is the page shown, and not a link on that page.
 */
export function NavLink({ group, href, label }: { group: string; href: string; label: string }) {
  const current = usePathname() === href
  const content = (
    <>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return (
    <NavGroup label={group}>
      {current ? (
        <div className="nav__link" aria-current="page">
          {content}
        </div>
      ) : (
        <Link className="nav__link" href={href} prefetch={false}>
          {content}
        </Link>
      )}
    </NavGroup>
  )
}

import type { ButtonHTMLAttributes } from 'react'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { look?: 'primary' | 'secondary'; size?: 'small' | 'medium' | 'large' }

/**
 * A button drawn with Payload's own classes. Payload's Button component is not used: its label
 * span takes the admin's darker label colour (custom.css), which hides the text of a primary button.
 */
export function ActionButton({ look = 'secondary', size = 'medium', className, type = 'button', disabled, ...rest }: Props) {
  const classes = ['btn', `btn--style-${look}`, `btn--size-${size}`, disabled ? 'btn--disabled' : '', className ?? ''].filter(Boolean).join(' ')
  return <button type={type} className={classes} disabled={disabled} {...rest} />
}

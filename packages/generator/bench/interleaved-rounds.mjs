/**
 * Each variant once to warm up (its build's first run writes the code cache), then `rounds`
 * rounds of every variant, the order rotated each round so none always runs first or last.
 * Returns one `{ [variant]: milliseconds }` a round.
 */
export function interleavedRounds(variants, rounds) {
  const names = Object.keys(variants)
  for (const name of names) variants[name]()
  const measured = []
  for (let round = 0; round < rounds; round++) {
    const times = {}
    for (let step = 0; step < names.length; step++) {
      const name = names[(round + step) % names.length]
      times[name] = variants[name]()
    }
    measured.push(times)
  }
  return measured
}

//! The fuzzer's random numbers: rand's `StdRng`, seeded, so a run repeats for a given `--seed`.

use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng};

pub struct Rng(StdRng);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(StdRng::seed_from_u64(seed))
    }

    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            self.0.gen_range(0..n)
        }
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.0.gen_range(0..100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

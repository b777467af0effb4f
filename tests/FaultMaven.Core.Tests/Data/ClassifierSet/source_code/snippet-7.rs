use std::time::Duration;

pub fn backoff(attempt: u32) -> Duration {
    let base = 100u64;
    Duration::from_millis(base * 2u64.pow(attempt))
}

fn main() {
    let mut total = 0;
    for i in 0..5 {
        total += backoff(i).as_millis();
    }
    println!("{}", total);
}

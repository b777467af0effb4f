import os
from dataclasses import dataclass

@dataclass
class Config:
    url: str
    retries: int = 3

def connect(cfg):
    for attempt in range(cfg.retries):
        try:
            return open_pool(cfg.url)
        except TimeoutError:
            continue
    raise RuntimeError("no database")

if __name__ == "__main__":
    connect(Config(os.environ["DB_URL"]))

class RetryPolicy
  def initialize(max)
    @max = max
  end

  def call
    attempts = 0
    begin
      yield
    rescue Timeout::Error
      attempts += 1
      retry if attempts < @max
    end
  end
end
